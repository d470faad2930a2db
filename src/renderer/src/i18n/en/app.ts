export const app = {
  name: 'Landscape',
  opening: 'Opening Landscape…',
};
