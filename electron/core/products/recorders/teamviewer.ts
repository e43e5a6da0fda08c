import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'teamviewer',
  role: 'recorder',
  name: 'TeamViewer',
  category: 'remote-view',
  processes: { windows: ['TeamViewer.exe'], macos: ['TeamViewer'], linux: ['teamviewer', 'TeamViewer'] },
  bundleIds: ['com.teamviewer.TeamViewer'],
  mayBeIdle: true,
  sources: ['SEB; BREW:teamviewer', 'SEB-MAC (TeamViewer, com.teamviewer.TeamViewer)'],
});
