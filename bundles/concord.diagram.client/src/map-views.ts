import { GEdge, GEdgeView, Point, RenderingContext, svg } from '@eclipse-glsp/client';
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
