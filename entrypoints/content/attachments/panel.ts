// The photo panel under a composer: each attached photo with its state ("Checking photo…", what it
// shows, or that it could not be checked), a thumbnail with the problem words boxed, the findings, and
// what the photos' alt texts say.
// Our own shadow root, fixed-position: the site's DOM and editor are never touched. Text goes in as
// textContent only (photo text and rule messages are never parsed as HTML).

import type { ImageFinding } from '../../../rules/image/types';
import { cleanCopy } from './clean-copy';
import type { PhotoCheck } from './photo-checks';

const STYLE = `
:host { all: initial; }
section { position: fixed; z-index: 2147483000; width: 320px; max-height: 45vh; overflow: auto; box-sizing: border-box;
  font: 13px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 1px solid #8a8f98; border-radius: 8px;
  box-shadow: 0 2px 10px rgb(0 0 0 / 0.18); padding: 8px; }
[role="status"] { margin: 0 0 6px; font-weight: 600; }
ul { list-style: none; margin: 0; padding: 0; }
.photo { border-top: 1px solid #e3e5e8; padding: 6px 0; }
.thumb { position: relative; display: inline-block; max-width: 100%; }
.thumb img { display: block; max-width: 100%; max-height: 160px; }
.box { position: absolute; border: 2px solid #b3261e; background: rgb(179 38 30 / 0.15); box-sizing: border-box; }
.box[data-clearpost-severity="warning"] { border-color: #8a5a00; background: rgb(138 90 0 / 0.15); }
.finding { margin: 4px 0 0; padding-left: 8px; border-left: 3px solid #b3261e; }
.finding[data-clearpost-severity="warning"] { border-left-color: #8a5a00; }
.finding[data-clearpost-severity="info"] { border-left-color: #5f6368; }
button { font: inherit; margin-top: 6px; padding: 2px 8px; border: 1px solid #5f6368; border-radius: 4px; background: #fff; color: #1b1b1b; cursor: pointer; }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
`;

type State = 'checking' | 'failed' | 'issues' | 'ok';

function overallState(checks: readonly PhotoCheck[], altText: readonly ImageFinding[]): State {
  if (checks.some((check) => check.state === 'checking')) return 'checking';
  if (checks.some((check) => check.state === 'failed')) return 'failed';
  return altText.length > 0 || checks.some((check) => check.findings.length > 0) ? 'issues' : 'ok';
}

function statusText(checks: readonly PhotoCheck[], altText: readonly ImageFinding[], waiting: boolean): string {
  const state = overallState(checks, altText);
  const photos = checks.length === 1 ? 'photo' : 'photos';
  if (state === 'checking') return waiting ? `Checking ${photos}… your post will go when the check ends.` : `Checking ${photos}…`;
  if (state === 'failed') return "Couldn't check a photo: posting is not blocked by it. Look at it yourself before posting.";
  const count = checks.reduce((sum, check) => sum + check.findings.length, altText.length);
  return count === 0 ? `Clearpost checked the ${photos}: nothing found.` : `The ${photos}: ${count} problem${count === 1 ? '' : 's'}.`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function findingAttributes(finding: ImageFinding): Record<string, string> {
  return { 'data-clearpost-rule': finding.ruleId, 'data-clearpost-severity': finding.severity };
}

/** Boxes in percent of the picture, so they stay on the words at any thumbnail size. */
function drawBoxes(thumb: HTMLElement, image: HTMLImageElement, findings: readonly ImageFinding[]): void {
  const { naturalWidth: width, naturalHeight: height } = image;
  if (!width || !height) return;
  for (const finding of findings) {
    for (const box of finding.boxes) {
      const mark = element('span', { className: 'box' }, { ...findingAttributes(finding), 'aria-hidden': 'true' });
      mark.style.left = `${(100 * box.x) / width}%`;
      mark.style.top = `${(100 * box.y) / height}%`;
      mark.style.width = `${(100 * box.width) / width}%`;
      mark.style.height = `${(100 * box.height) / height}%`;
      thumb.append(mark);
    }
  }
}

export class PhotoPanel {
  private readonly host = element('div', {}, { 'data-clearpost-photo-panel': '' });
  private readonly section = element('section', {}, { role: 'region', 'aria-label': 'Clearpost: attached photos', 'data-clearpost-photos': '' });
  private readonly status = element('p', {}, { role: 'status', 'aria-live': 'polite' });
  private readonly list = element('ul');
  private readonly altText = element('ul', {}, { 'aria-label': "What the photos' descriptions say" });
  private frame = 0;
  private readonly place = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.position());
  };

  constructor(
    private readonly editor: HTMLElement,
    private readonly dismiss: (check: PhotoCheck) => void,
  ) {
    const shadow = this.host.attachShadow({ mode: 'open' });
    shadow.append(element('style', { text: STYLE }), this.section);
    this.section.append(this.status, this.list, this.altText);
    document.documentElement.append(this.host);
    window.addEventListener('scroll', this.place, { capture: true, passive: true });
    window.addEventListener('resize', this.place, { passive: true });
  }

  render(checks: readonly PhotoCheck[], altText: readonly ImageFinding[], waiting: boolean): void {
    this.list.replaceChildren(...checks.map((check) => this.photoItem(check)));
    this.renderAltText(checks, altText, waiting);
  }

  /** Only the summary and the alt-text findings: called as the writer types, so thumbnails are left alone. */
  renderAltText(checks: readonly PhotoCheck[], altText: readonly ImageFinding[], waiting = false): void {
    this.section.hidden = checks.length === 0 && altText.length === 0;
    this.section.setAttribute('data-clearpost-photo-state', overallState(checks, altText));
    this.status.textContent = statusText(checks, altText, waiting);
    this.altText.replaceChildren(...altText.map((finding) => element('li', { className: 'finding', text: finding.message }, findingAttributes(finding))));
    this.position();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    window.removeEventListener('scroll', this.place, { capture: true });
    window.removeEventListener('resize', this.place);
    this.host.remove();
  }

  private photoItem(check: PhotoCheck): HTMLLIElement {
    const item = element('li', { className: 'photo' }, { 'data-clearpost-photo': check.state });
    const thumb = element('div', { className: 'thumb' });
    const image = element('img', {}, { alt: `Attached photo ${check.name}` });
    image.addEventListener('load', () => drawBoxes(thumb, image, check.findings), { once: true });
    image.src = check.thumbnail;
    thumb.append(image);
    item.append(thumb);
    if (check.state === 'checking') item.append(element('p', { text: `Checking photo ${check.name}…` }));
    if (check.state === 'failed') item.append(element('p', { text: `Not checked (${check.problem ?? 'unknown error'}).` }));
    const findings = element('ul');
    for (const finding of check.findings) findings.append(element('li', { className: 'finding', text: finding.message }, findingAttributes(finding)));
    item.append(findings);
    if (check.findings.some((finding) => finding.source === 'metadata')) item.append(this.cleanCopyButton(check));
    const remove = element('button', { text: 'I removed this photo' }, { type: 'button', 'aria-label': `I removed ${check.name} from the post` });
    remove.addEventListener('click', () => this.dismiss(check));
    item.append(remove);
    return item;
  }

  /**
   * Saves a copy without metadata for the writer to attach instead. The sites' file inputs only add
   * photos and each removes one with its own control, so the attachment is not swapped for them.
   */
  private cleanCopyButton(check: PhotoCheck): HTMLElement {
    const part = element('div');
    const button = element('button', { text: 'Save a copy without location and camera details' }, { type: 'button' });
    const result = element('p', {}, { role: 'status' });
    button.addEventListener('click', () => {
      cleanCopy(check.file).then(
        (copy) => {
          const link = element('a', {}, { href: URL.createObjectURL(copy), download: copy.name });
          part.append(link);
          link.click();
          setTimeout(() => (URL.revokeObjectURL(link.href), link.remove()), 0);
          result.textContent = `Saved ${copy.name}: remove this photo from the post and attach the copy instead.`;
        },
        (error: unknown) => (result.textContent = `Couldn't make a copy (${error instanceof Error ? error.message : String(error)}).`),
      );
    });
    part.append(button, result);
    return part;
  }

  /**
   * Beside the composer (right, else left), else above it: never below, where the sites keep their
   * Post buttons, which the panel must not cover.
   */
  private position(): void {
    if (!this.editor.isConnected) return this.destroy();
    const rect = this.editor.getBoundingClientRect();
    const width = this.section.offsetWidth;
    const height = this.section.offsetHeight;
    const gap = 8;
    const beside = rect.right + gap + width <= innerWidth ? rect.right + gap : rect.left - gap - width >= 0 ? rect.left - gap - width : null;
    const left = beside ?? Math.max(4, Math.min(rect.left, innerWidth - width - 4));
    const top = beside !== null ? rect.top : rect.top - gap - height;
    this.section.style.left = `${left}px`;
    this.section.style.top = `${Math.max(4, Math.min(top, innerHeight - height - 4))}px`;
  }
}
