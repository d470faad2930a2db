import type { LandscapeApi } from '@shared/api';

declare global {
  interface Window {
    landscape: LandscapeApi;
  }
}

export {};
