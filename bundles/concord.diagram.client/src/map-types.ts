/** The GModel types the Concord server sends; the Java side names them in concord.diagram.gmodel.MapTypes. */
export const MapTypes = {
    PARTNERSHIP: 'node:partnership',
    ORGANISATION: 'node:organisation',
    PERSON: 'node:person',
    GROUP: 'node:group',
    TENSION: 'node:tension',
    LANE: 'node:lane',
    NAME: 'label:name',
    BADGE: 'label:badge',
    INFO: 'label:info',
    EDGE_LABEL: 'label:edge',
    MEMBERSHIP: 'edge:membership',
    ROLE: 'edge:role',
    ACCOUNTABILITY: 'edge:accountability',
    LINE_MANAGEMENT: 'edge:line-management',
    FUNDING: 'edge:funding',
    PART_OF: 'edge:part-of',
    TENSION_PARTY: 'edge:tension',
    HANDLED_BY: 'edge:handled-by'
} as const;

/** Edges that read in one direction get an arrowhead at their target. */
export const DIRECTED_EDGES: string[] = [MapTypes.ACCOUNTABILITY, MapTypes.LINE_MANAGEMENT, MapTypes.FUNDING, MapTypes.PART_OF, MapTypes.HANDLED_BY];
