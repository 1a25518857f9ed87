/**
 * The preload: runs sandboxed before the page, and exposes `window.touchpoint` (see bridge.ts).
 * Built as one CommonJS file (out/preload/index.cjs): a sandboxed preload cannot be an ES module
 * and can require nothing but `electron`, so everything else is bundled in.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('touchpoint', createBridge(ipcRenderer));
