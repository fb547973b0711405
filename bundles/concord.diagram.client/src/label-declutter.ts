import { GModelElement, IVNodePostprocessor } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/**
 * After each drawing: a line's label (an accountability line's kind) that would print over a name or
 * another label is not shown on the line; the line keeps it as its tooltip instead. Names, badges and
 * the card's text are laid out not to overlap; lines' labels sit wherever their line runs.
 */
@injectable()
export class LabelDeclutter implements IVNodePostprocessor {
    decorate(vnode: VNode, _element: GModelElement): VNode {
        return vnode;
    }

    postUpdate(): void {
        const canvas = document.querySelector('#concord-map svg.sprotty-graph');
        if (!canvas) {
            return;
        }
        const fixed = [...canvas.querySelectorAll('text.sprotty-label:not(.label-edge)')].map(text => text.getBoundingClientRect());
        const placed: DOMRect[] = [];
        for (const label of canvas.querySelectorAll<SVGTextElement>('text.label-edge')) {
            label.classList.remove('label-crowded');
            const box = label.getBoundingClientRect();
            if ([...fixed, ...placed].some(other => overlaps(box, other))) {
                label.classList.add('label-crowded');
                const edge = label.closest('g.sprotty-edge');
                if (edge && !edge.querySelector(':scope > title')) {
                    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
                    title.textContent = label.textContent;
                    edge.prepend(title);
                }
            } else {
                placed.push(box);
            }
        }
    }
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
    return a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom;
}
