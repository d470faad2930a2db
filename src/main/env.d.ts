// `import.meta.env.DEV` and friends, which electron-vite replaces at build time.
/// <reference types="electron-vite/node" />
