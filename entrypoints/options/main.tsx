import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserAdminApi } from '../../components/options/admin-api';
import { createAdminStore } from '../../components/options/admin-store';
import { OptionsApp } from '../../components/options/OptionsApp';

const store = createAdminStore(createBrowserAdminApi());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp store={store} />
  </StrictMode>,
);
