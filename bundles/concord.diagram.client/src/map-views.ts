import { GEdge, GEdgeView, GLabel, GLabelView, Point, RenderingContext, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/**
 * A line that reads in one direction (accountable to, line-managed by, funded by, part of): the
 * standard GLSP edge with an arrowhead at its target end.
 */
@injectable()
export class DirectedEdgeView extends GEdgeView {
    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        if (segments.length < 2) {
            return additionals;
        }
        const tip = segments[segments.length - 1];
        const before = segments[segments.length - 2];
        const angle = (Math.atan2(tip.y - before.y, tip.x - before.x) * 180) / Math.PI;
        additionals.push(
            svg('path', {
                'class-arrowhead': true,
                d: 'M 0,0 L -10,-4 L -10,4 Z',
                transform: `translate(${tip.x} ${tip.y}) rotate(${angle})`
            })
        );
        return additionals;
    }
}

/** The widest a name line may be, in characters, before it wraps: names wrap onto lines, never clip. */
const NAME_LINE = 24;
/** The card's lines (integration levels, Kickert profile) wrap wider: they are read, not scanned. */
const INFO_LINE = 48;

/**
 * A name that wraps at spaces onto several centred lines, so that a long organisation name makes its box
 * taller rather than wider (or clipped). The box layout measures the wrapped text.
 */
@injectable()
export class WrappedLabelView extends GLabelView {
    protected width = NAME_LINE;

    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const lines = wrap(label.text, this.width);
        if (lines.length < 2) {
            return super.render(label, context);
        }
        return svg(
            'text',
            { 'class-sprotty-label': true },
            ...lines.map((line, i) => svg('tspan', { attrs: { x: 0, dy: i === 0 ? 0 : '1.2em' } }, line))
        );
    }
}

/** A line of the card, wrapped at {@link INFO_LINE} characters. */
@injectable()
export class WrappedInfoView extends WrappedLabelView {
    protected override width = INFO_LINE;
}

export function wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        } else {
            line = line ? line + ' ' + word : word;
        }
    }
    lines.push(line);
    return lines;
}
