import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import deck from 'virtual:deck';
import { App } from './app/app';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App deck={deck} />
  </StrictMode>,
);
