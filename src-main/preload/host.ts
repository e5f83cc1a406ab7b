/**
 * Bridge for the hidden store-host window: it receives one port per UI
 * connection and answers flush requests before quit. Nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { HostPush, HostSend, PORT_MESSAGE_TYPE } from '../core/channels';
import type { DeskHostBridge } from '../core/contract';

ipcRenderer.on(HostPush.connect, (event, message: { connectionId?: unknown }) => {
  if (typeof message?.connectionId !== 'string') return;
  window.postMessage(
    { type: PORT_MESSAGE_TYPE, purpose: 'connection', connectionId: message.connectionId },
    '*',
    event.ports,
  );
});

const bridge: DeskHostBridge = {
  ready: () => ipcRenderer.send(HostSend.ready),
  flushed: (requestId) => ipcRenderer.send(HostSend.flushed, { requestId }),
  onDisconnect: (listener) => {
    ipcRenderer.on(HostPush.disconnect, (_event, message: { connectionId?: unknown }) => {
      if (typeof message?.connectionId === 'string') listener(message.connectionId);
    });
  },
  onFlush: (listener) => {
    ipcRenderer.on(HostPush.flush, (_event, message: { requestId?: unknown }) => {
      if (typeof message?.requestId === 'number') listener(message.requestId);
    });
  },
};

contextBridge.exposeInMainWorld('deskHost', bridge);
