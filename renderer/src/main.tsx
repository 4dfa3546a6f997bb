import './zodConfig';
import React from 'react';
import { createRoot } from 'react-dom/client';
import './global.css';
import './i18n';
import { App } from './App';
import { askStartup } from './startup';

/** Answers slower than this show the loading ring; quicker ones are drawn at once. */
const RING_AFTER_MS = 400;

// Asked before React's first render, so that the answers come while React starts and the first thing an old
// PC draws is the kiosk, not a loading ring drawn for a moment and then replaced.
const startup = askStartup();
void Promise.race([startup, new Promise<undefined>((resolve) => setTimeout(resolve, RING_AFTER_MS))]).then((first) =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <React.StrictMode>
      <App startup={startup} first={first} />
    </React.StrictMode>,
  ),
);
