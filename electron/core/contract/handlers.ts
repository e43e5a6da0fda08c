import type { Channel, Request, Response } from './channels.js';
import { checkExternalUrl } from './external-links.js';
import type { CoreServices, HandlerContext } from './services.js';
import { linksIn } from './notice-links.js';

export type Handler<C extends Channel> = (request: Request<C>, context: HandlerContext) => Promise<Response<C>>;
/** One handler per channel: a missing one is a type error. */
export type Handlers = { [C in Channel]: Handler<C> };

/**
 * Every channel implemented against the core's services. The same object serves Electron's ipcMain (through ipc.ts)
 * and the Chromium test harness, so the screens are tested against exactly what the app runs.
 */
export function createHandlers(services: CoreServices): Handlers {
  const allowedLinks = async () => {
    // IT's help link must open even when the notice is missing or broken: that is when people need it most.
    const [notice, info] = await Promise.all([services.notice.current().catch(() => undefined), services.app.info()]);
    const fromNotice = notice ? [...notice.links.map((l) => l.url), ...linksIn(notice.sections.flatMap((s) => s.blocks))] : [];
    return [...fromNotice, ...(info.helpUrl ? [info.helpUrl] : [])];
  };
  // What "What Meeting Guard keeps" lists changed: its open window reloads (through the push channel).
  const changesKept = async <T>(change: Promise<T>): Promise<T> => {
    const result = await change;
    services.push.publish({ type: 'kept:changed' });
    return result;
  };
  return {
    'app:info': () => services.app.info(),
    'app:setLocale': ({ locale }) => changesKept(services.app.setLocale(locale)),
    'app:ready': async (_request, { windowId }) => {
      services.push.ready(windowId);
      return { done: true };
    },
    'status:get': () => services.status.get(),
    'device:check': () => services.device.check(),
    'notice:get': () => services.notice.current(),
    'notice:respond': async (response) => {
      await changesKept(services.notice.respond(response));
      return { done: true };
    },
    'notice:emailDraft': async () => {
      const notice = await services.notice.current();
      // Built by the core from the notice, and still only ever a mailto: link.
      await services.shell.openExternal(checkExternalUrl(notice.mailto, [notice.mailto]));
      return { done: true };
    },
    'notice:savePdf': async (_request, { windowId }) => {
      const notice = await services.notice.current();
      return services.shell.savePdf(windowId, `${notice.title}.pdf`);
    },
    'link:open': async ({ url }) => {
      await services.shell.openExternal(checkExternalUrl(url, await allowedLinks()));
      return { done: true };
    },
    'settings:list': () => services.settings.list(),
    'settings:set': ({ key, value }) => changesKept(services.settings.set(key, value)),
    // Progress goes to the window that asked, through the push channel.
    'cleanup:scan': (_request, { windowId }) => services.cleanup.scan({ onProgress: (progress) => services.push.publishTo(windowId, { type: 'cleanup:progress', ...progress }) }),
    'cleanup:cancel': async () => ({ cancelled: services.cleanup.cancel() }),
    'cleanup:allowed': () => services.cleanup.decision(),
    'cleanup:clear': ({ ids }) => changesKept(services.cleanup.clear(ids)),
    'cleanup:undo': ({ batchId }) => changesKept(services.cleanup.undo(batchId)),
    'kept:list': () => services.kept.list(),
    'kept:clear': () => changesKept(services.kept.clear()),
    'kept:clearItem': ({ id }) => changesKept(services.kept.clearItem(id)),
  };
}
