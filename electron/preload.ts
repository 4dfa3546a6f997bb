// Exposes window.api: one function per contract method, each a plain invoke. Nothing else crosses,
// and no raw IPC event ever reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../shared/contract';

const api = Object.fromEntries(methodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke('api', method, input)]));

contextBridge.exposeInMainWorld('api', api);
