import { IActionHandler, SetDirtyStateAction } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * Shows whether the map has unsaved edits, in the page title and the bar, as editors do; the workbench's
 * map editor reads window.concord.dirty.
 */
@injectable()
export class DirtyStateIndicator implements IActionHandler {
    handle(action: SetDirtyStateAction): void {
        const concord = (window as unknown as { concord: { dirty: boolean } }).concord;
        concord.dirty = action.isDirty;
        const mark = document.getElementById('concord-dirty');
        if (mark) {
            mark.textContent = action.isDirty ? '● unsaved' : '';
        }
        document.title = (action.isDirty ? '*' : '') + document.title.replace(/^\*/, '');
    }
}
