import './zodConfig';
import React from 'react';
import { createRoot } from 'react-dom/client';
import './global.css';
import './i18n';
import { App } from './App';

createRoot(document.getElementById('root') as HTMLElement).render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
