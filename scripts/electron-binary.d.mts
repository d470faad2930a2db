export function electronPackageDir(): string | null;
export function electronBinary(dir?: string | null): { ready: true; path: string } | { ready: false; reason: string };
export const FIX: string;
