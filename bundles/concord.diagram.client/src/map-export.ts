import { ExportSvgAction, IActionHandler } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * Exports the map as the consultant asked: an SVG file, or a PNG drawn from that SVG by the browser.
 * The last export stays readable (window.concord.lastExport) for the workbench and the tests; when the
 * workbench asks (window.concord.exportToHost), it writes the file itself and the page downloads nothing.
 */
@injectable()
export class MapExportHandler implements IActionHandler {
    static format: 'svg' | 'png' = 'svg';
    static baseName = 'partnership-map';

    handle(action: ExportSvgAction): void {
        const concord = (window as unknown as { concord: { lastExport?: string; exportToHost?: boolean } }).concord;
        concord.lastExport = action.svg;
        if (concord.exportToHost) {
            concord.exportToHost = false;
        } else if (MapExportHandler.format === 'png') {
            toPng(action.svg).then(png => download(png, MapExportHandler.baseName + '.png'));
        } else {
            download(new Blob([action.svg], { type: 'image/svg+xml' }), MapExportHandler.baseName + '.svg');
        }
    }
}

function download(blob: Blob, name: string): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function toPng(svgText: string): Promise<Blob> {
    const size = /width="([\d.]+)[a-z]*"\s+height="([\d.]+)/.exec(svgText);
    const width = size ? Math.ceil(Number(size[1])) : 1200;
    const height = size ? Math.ceil(Number(size[2])) : 800;
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    URL.revokeObjectURL(image.src);
    return new Promise((resolve, reject) => canvas.toBlob(b => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}
