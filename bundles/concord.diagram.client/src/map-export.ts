import { ExportSvgAction, IActionHandler } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { PAGE_SIZES, PageSize, composePage } from './map-page';

/**
 * Exports the map as the consultant asked: a page (A4 landscape or 16:9) with the map's title, the date
 * and the legend around the map's own SVG export, saved as SVG, drawn into a PNG, or put up for the
 * browser's print (to PDF). The last page stays readable (window.concord.lastExport) for the workbench,
 * `concord render` and the tests; when the workbench asks (window.concord.exportToHost), it writes the
 * file itself and the page downloads nothing.
 */
@injectable()
export class MapExportHandler implements IActionHandler {
    static format: 'svg' | 'png' | 'pdf' = 'svg';
    static size: PageSize = 'a4';
    static baseName = 'partnership-map';
    static title = 'Partnership map';

    handle(action: ExportSvgAction): void {
        const concord = (window as unknown as { concord: { lastExport?: string; exportToHost?: boolean; exported?: number } }).concord;
        const page = composePage(action.svg, MapExportHandler.title, MapExportHandler.size);
        concord.lastExport = page;
        concord.exported = (concord.exported ?? 0) + 1;
        if (concord.exportToHost) {
            concord.exportToHost = false;
        } else if (MapExportHandler.format === 'png') {
            toPng(page, MapExportHandler.size).then(png => download(png, MapExportHandler.baseName + '.png'));
        } else if (MapExportHandler.format === 'pdf') {
            printPage(page, MapExportHandler.size);
        } else {
            download(new Blob([page], { type: 'image/svg+xml' }), MapExportHandler.baseName + '.svg');
        }
    }
}

/** Puts the page where the print stylesheet shows it alone, on a sheet of its size, and opens the print dialog. */
export function printPage(page: string, size: PageSize): void {
    document.getElementById('concord-print')?.remove();
    const holder = document.createElement('div');
    holder.id = 'concord-print';
    holder.innerHTML = page;
    document.body.appendChild(holder);
    document.body.classList.add('concord-rendered');
    const sheet = document.getElementById('concord-print-size') ?? document.head.appendChild(document.createElement('style'));
    sheet.id = 'concord-print-size';
    sheet.textContent = size === 'a4' ? '@page { size: A4 landscape; margin: 0; }' : '@page { size: 320mm 180mm; margin: 0; }';
    if (!(window as unknown as { concord: { headless?: boolean } }).concord.headless) {
        window.print();
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

/** Draws the page at twice its size: 2246x1588 for A4 (about 190 dpi), 3840x2160 for 16:9. */
export async function toPng(page: string, size: PageSize): Promise<Blob> {
    const { width, height } = PAGE_SIZES[size];
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([page], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(image.src);
    return new Promise((resolve, reject) => canvas.toBlob(b => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}
