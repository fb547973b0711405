import { GModelRoot, ISelectionListener } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * Keeps the ids of the selected map elements in window.concord.selection, so that the workbench's map
 * editor can show the selected element in Properties and Hints as its other editors do.
 */
@injectable()
export class SelectionBridge implements ISelectionListener {
    selectionChanged(_root: Readonly<GModelRoot>, selectedElements: string[]): void {
        const concord = (window as unknown as { concord: { selection: string[] } }).concord;
        concord.selection = [...selectedElements];
    }
}
