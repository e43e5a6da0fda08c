import { defineProduct } from '../define-product.js';

export default defineProduct({
  id: 'camtasia',
  role: 'recorder',
  name: 'Camtasia',
  category: 'screen-recorder',
  processes: { windows: ['CamtasiaStudio.exe', 'Camtasia.exe', 'Camtasia_Studio.exe', 'CamRecorder.exe'] },
  // TechSmith names the app after the year (Camtasia 2024.app): match the bundle id prefix instead.
  bundleIds: ['com.techsmith.camtasia*'],
  sources: ['SEB; BREW:camtasia', 'SEB-MAC (Camtasia*, com.techsmith.camtasia*: the version is part of the app name, so the bundle id is matched)'],
});
