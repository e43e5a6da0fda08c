import ts from 'typescript';

/**
 * A static security check of the Electron shell, in the spirit of Electronegativity but reading TypeScript with the
 * compiler itself (Electronegativity's parser predates `satisfies` and cannot follow our sources). Each rule names
 * the file and line it is about.
 */
export interface Finding {
  rule: string;
  file: string;
  line: number;
  message: string;
}

export interface SourceFile {
  path: string;
  text: string;
}

const REQUIRED_PREFERENCES: Record<string, boolean> = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
};

export function scanShell(files: readonly SourceFile[], options: { externalHelper: string; ipcMainFile: string; preloadFile: string }): Finding[] {
  const findings: Finding[] = [];
  const seen = { windowOpenDeny: false, navigateBlocked: false, permissionHandler: false, requestFilter: false, enableSandbox: false, windows: 0 };
  for (const file of files) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const report = (node: ts.Node, rule: string, message: string) =>
      findings.push({ rule, file: file.path, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, message });
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const from = node.moduleSpecifier.text;
        const names = node.importClause?.namedBindings && ts.isNamedImports(node.importClause.namedBindings) ? node.importClause.namedBindings.elements.map((e) => e.name.text) : [];
        if (from === '@electron/remote' || from.startsWith('@electron/remote/')) report(node, 'no-remote', '@electron/remote gives pages the main process');
        if (from === 'electron' && names.includes('ipcMain') && !file.path.endsWith(options.ipcMainFile)) report(node, 'ipc-main-one-file', `ipcMain is imported outside ${options.ipcMainFile}`);
        if (from === 'electron' && names.includes('ipcRenderer') && !file.path.endsWith(options.preloadFile)) report(node, 'ipc-renderer-preload-only', 'ipcRenderer is imported outside the preload');
      }
      if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
        seen.windows += 1;
        checkWindow(node, report);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const callee = node.expression.getText();
        const method = node.expression.name.text;
        if (callee === 'shell.openExternal' && !file.path.endsWith(options.externalHelper)) report(node, 'open-external-helper', `shell.openExternal outside ${options.externalHelper}`);
        if (method === 'setWindowOpenHandler') {
          if (/action:\s*'deny'/.test(node.arguments[0]?.getText() ?? '') && !/'allow'/.test(node.getText())) seen.windowOpenDeny = true;
          else report(node, 'window-open-deny', 'setWindowOpenHandler must always deny');
        }
        if (method === 'on' && node.arguments[0]?.getText() === "'will-navigate'") {
          if (/preventDefault\(\)/.test(node.arguments[1]?.getText() ?? '') && !/if\s*\(/.test(node.arguments[1]?.getText() ?? '')) seen.navigateBlocked = true;
          else report(node, 'navigation-blocked', 'will-navigate must always be prevented');
        }
        if (method === 'setPermissionRequestHandler') seen.permissionHandler = true;
        if (method === 'onBeforeRequest' && /cancel:/.test(node.getText())) seen.requestFilter = true;
        if (callee === 'app.enableSandbox') seen.enableSandbox = true;
        if (callee === 'contextBridge.exposeInMainWorld') {
          const exposed = node.arguments[1];
          if (exposed && /^ipcRenderer\b|\bipcRenderer\s*[,}]|ipcRenderer\.(send|on|sendSync|postMessage)\b/.test(exposed.getText())) {
            report(node, 'no-ipc-renderer-exposed', 'the page must get named functions, never ipcRenderer or its send/on');
          }
        }
        // The one exception: listening on the contract's push channel (named by its constant, never a string).
        const pushListen = /^ipcRenderer\.on$/.test(callee) && node.arguments[0]?.getText() === 'PUSH_CHANNEL';
        if (/^ipcRenderer\.(sendSync|send|on|once|postMessage)$/.test(callee) && !pushListen) report(node, 'invoke-only', `${callee}: only ipcRenderer.invoke through the contract is allowed`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const shellLevel = (rule: string, ok: boolean, message: string) => {
    if (!ok) findings.push({ rule, file: '(shell)', line: 0, message });
  };
  shellLevel('window-open-deny', seen.windowOpenDeny, 'no setWindowOpenHandler that denies');
  shellLevel('navigation-blocked', seen.navigateBlocked, "no 'will-navigate' handler that prevents navigation");
  shellLevel('permission-handler', seen.permissionHandler, 'no setPermissionRequestHandler');
  shellLevel('network-filter', seen.requestFilter, 'no session.webRequest.onBeforeRequest that cancels requests');
  shellLevel('enable-sandbox', seen.enableSandbox, 'app.enableSandbox() is never called');
  shellLevel('windows-found', seen.windows > 0, 'no BrowserWindow found: the check would pass vacuously');
  return findings;
}

function checkWindow(node: ts.NewExpression, report: (node: ts.Node, rule: string, message: string) => void): void {
  const options = node.arguments?.[0];
  if (!options || !ts.isObjectLiteralExpression(options)) {
    report(node, 'web-preferences-literal', 'BrowserWindow options must be an object literal the check can read');
    return;
  }
  const prefs = property(options, 'webPreferences');
  if (!prefs || !ts.isObjectLiteralExpression(prefs)) {
    report(node, 'web-preferences-literal', 'webPreferences must be written out as an object literal');
    return;
  }
  for (const [key, wanted] of Object.entries(REQUIRED_PREFERENCES)) {
    const value = property(prefs, key);
    const actual = value?.kind === ts.SyntaxKind.TrueKeyword ? true : value?.kind === ts.SyntaxKind.FalseKeyword ? false : undefined;
    if (actual !== wanted) report(value ?? prefs, `web-preferences.${key}`, `${key} must be set to ${wanted} explicitly`);
  }
  if (prefs.properties.some((p) => ts.isSpreadAssignment(p))) report(prefs, 'web-preferences-literal', 'a spread in webPreferences could override the checked values');
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of object.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return p.name;
  }
  return undefined;
}
