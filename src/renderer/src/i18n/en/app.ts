export const app = {
  opening: 'Opening Landscape…',
};
