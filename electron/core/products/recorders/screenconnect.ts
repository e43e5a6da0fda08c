import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'screenconnect',
  role: 'recorder',
  name: 'ConnectWise ScreenConnect',
  category: 'remote-view',
  processes: { windows: ['ScreenConnect.WindowsClient.exe', 'ConnectWiseControl.Client.exe', 'ScreenConnect.ClientService.exe'], macos: ['ConnectWise Control Client'] },
  bundleIds: ['com.connectwise.control*', 'com.elsitech.screenconnect.client'],
  mayBeIdle: true,
  sources: ['LOLRMM connectwise_control.yaml (screenconnect.windowsclient.exe, connectwisecontrol.client.exe); service name: public code', 'SEB-MAC (ConnectWise Control Client com.connectwise.control*, Screenconnect com.elsitech.screenconnect.client)'],
});
