import { GIssueMarker, GlspHoverMouseListener } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * The tooltip of a rule marker: GLSP writes the finding into XHTML as it is, so a source such as
 * "Parker, Hartley, Beashel & Vo" or a message naming "<agency A>" made the browser show a parser error
 * instead of the finding. Here every finding is escaped and shown as text: "DF-03: message (source)".
 */
@injectable()
export class MarkerHover extends GlspHoverMouseListener {
    protected override createIssueMessage(marker: GIssueMarker): string {
        const items = marker.issues.map(issue => `<li>${escapeText(issue.severity.toUpperCase() + ': ' + issue.message)}</li>`);
        return `<ul>${items.join('')}</ul>`;
    }
}

export function escapeText(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
