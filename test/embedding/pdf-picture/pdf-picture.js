// Draws one page of a PDF into the canvas with pdf.js, so a test can take a picture of the
// PDF itself (headless Chromium has no PDF viewer). window.drawPdfPage(base64, pageNumber, scale)
// resolves to { pages, width, height } once the page is drawn.
import { getDocument, GlobalWorkerOptions } from '/pdfjs/pdf.min.mjs';

GlobalWorkerOptions.workerSrc = '/pdfjs/pdf.worker.min.mjs';

window.drawPdfPage = async (base64, pageNumber, scale) => {
  const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  const pdf = await getDocument({ data, isEvalSupported: false }).promise;
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const canvas = document.getElementById('page');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
  const [, , widthPt, heightPt] = page.view;
  return { pages: pdf.numPages, width: canvas.width, height: canvas.height, widthMm: (widthPt * 25.4) / 72, heightMm: (heightPt * 25.4) / 72 };
};
window.pdfPictureReady = true;
