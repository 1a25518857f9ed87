// electron-vite's module declarations for the main process (`?asset` imports).
/// <reference types="electron-vite/node" />
