import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { createPopupStore } from '../../components/popup/popup-store';
import { browserPopupDeps } from './browser-deps';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp store={createPopupStore(browserPopupDeps)} />
  </StrictMode>,
);
