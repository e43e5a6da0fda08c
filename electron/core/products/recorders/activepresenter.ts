import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'activepresenter',
  role: 'recorder',
  name: 'ActivePresenter',
  category: 'screen-recorder',
  processes: { windows: ['ActivePresenter.exe'], macos: ['ActivePresenter'] },
  sources: ['Atomi ActivePresenter (atomisystems.com); public code, unconfirmed'],
});
