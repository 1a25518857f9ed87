/**
 * The preview: the very PDF that will be saved or printed, rendered by pdf.js page by page onto
 * canvases (no HTML imitation). pdf.js loads on first use, runs its own worker from the app's
 * assets, and never evaluates code (the desktop CSP forbids it).
 */
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { Dialog } from '../../ui/Dialog';

async function loadPdfjs() {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}
let pdfjsModule: ReturnType<typeof loadPdfjs> | undefined;

interface Props {
  bytes: Uint8Array;
  /** What each page is, e.g. "Sheet 1 · Zoë Ñúñez" or "Envelope · Zoë Ñúñez". */
  labels?: readonly string[];
  /** CSS pixels. */
  pageWidth?: number;
}

export function PdfPreview({ bytes, labels = [], pageWidth = 300 }: Props) {
  const [doc, setDoc] = useState<{ for: Uint8Array; doc: PDFDocumentProxy } | null>(null);
  const [error, setError] = useState<{ for: Uint8Array; message: string } | null>(null);
  const [zoomed, setZoomed] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    let task: { destroy(): Promise<void> } | undefined;
    (pdfjsModule ??= loadPdfjs())
      .then((pdfjs) => {
        if (cancelled) return;
        const loading = pdfjs.getDocument({
          // pdf.js takes ownership of the buffer it gets: hand it a copy, the bytes still print.
          data: bytes.slice(),
          isEvalSupported: false,
          useWasm: false,
          useSystemFonts: false,
          enableXfa: false,
          stopAtErrors: true,
        });
        task = loading;
        return loading.promise.then((d) => {
          if (!cancelled) setDoc({ for: bytes, doc: d });
        });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError({ for: bytes, message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [bytes]);

  if (error?.for === bytes)
    return <p className="banner error">The preview could not be shown: {error.message}</p>;
  if (!doc) return <p className="subtle">Opening the preview…</p>;
  const pages = Array.from({ length: doc.doc.numPages }, (_, i) => i + 1);
  return (
    <>
      <ol
        className="pdf-pages"
        aria-label="Preview of the PDF"
        data-testid="pdf-preview"
        data-pages={doc.doc.numPages}
        // False while the previous PDF is still shown and the new one opens.
        data-current={doc.for === bytes}
      >
        {pages.map((n) => (
          <li key={`${n}`} className="pdf-page">
            <button
              type="button"
              className="pdf-zoom"
              title="Look closer"
              aria-label={`Page ${n}, look closer`}
              onClick={() => setZoomed(n)}
            >
              <PdfPage doc={doc.doc} pageNumber={n} width={pageWidth} />
            </button>
            <span className="pdf-page-label" style={{ maxWidth: pageWidth }}>
              {n}. {labels[n - 1] ?? ''}
            </span>
          </li>
        ))}
      </ol>
      {zoomed !== null && zoomed <= doc.doc.numPages && (
        <Dialog
          title={`Page ${zoomed}${labels[zoomed - 1] ? ` · ${labels[zoomed - 1]}` : ''}`}
          onClose={() => setZoomed(null)}
          width={980}
          footer={
            <button type="button" className="btn" onClick={() => setZoomed(null)}>
              Close
            </button>
          }
        >
          <div className="pdf-zoomed">
            <PdfPage doc={doc.doc} pageNumber={zoomed} width={900} />
          </div>
        </Dialog>
      )}
    </>
  );
}

function PdfPage({ doc, pageNumber, width }: { doc: PDFDocumentProxy; pageNumber: number; width: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  const [aspect, setAspect] = useState(1.414);
  const [painted, setPainted] = useState<PDFDocumentProxy | null>(null);

  // Pages render when they scroll into view: a batch of 40 sheets costs only what is looked at.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          io.disconnect();
        }
      },
      { rootMargin: '400px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return;
    let render: RenderTask | undefined;
    let cancelled = false;
    doc
      .getPage(pageNumber)
      .then((page) => {
        const el = canvas.current;
        if (cancelled || !el) return;
        const base = page.getViewport({ scale: 1 });
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: (width * ratio) / base.width });
        el.width = Math.round(viewport.width);
        el.height = Math.round(viewport.height);
        setAspect(base.height / base.width);
        render = page.render({ canvas: el, viewport });
        return render.promise.then(() => {
          if (!cancelled) setPainted(doc);
        });
      })
      .catch(() => undefined); // cancelled, or the document was replaced by a newer one
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [doc, pageNumber, width, visible]);

  return (
    <canvas
      ref={canvas}
      className="pdf-canvas"
      style={{ width, aspectRatio: `1000 / ${Math.round(1000 * aspect)}` }}
      aria-label={`Page ${pageNumber}`}
      data-page={pageNumber}
      data-painted={painted === doc}
    />
  );
}
