/** The Electron executable npm start runs, or one line saying what to do when there is none. */
export function findElectron(options?: { env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform; packageDir?: string }): { binary: string; advice?: undefined } | { advice: string; binary?: undefined };
