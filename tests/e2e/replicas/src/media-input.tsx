// The sites' photo control: a hidden file input behind an icon button ("Add photos or video" on X,
// "Photo/video" on Facebook, "Add media" on LinkedIn), the attachment previews the composer shows
// (blob: thumbnails), and each preview's alt-text control: X "Add description" (a 1,000-character
// "Description" box), Facebook "Alternative text", LinkedIn "Alt text". On the sites the box opens in
// a media editor over the composer; here it opens under the preview, inside the composer. The site's
// own state only; no upload.
import { useState } from 'react';

/** How a site labels its alt-text control and box. */
export type AltTextUi = { button: string; field: string; maxLength?: number; testId?: string };

export const X_ALT_TEXT: AltTextUi = { button: 'Add description', field: 'Description', maxLength: 1000, testId: 'altTextInput' };
export const FACEBOOK_ALT_TEXT: AltTextUi = { button: 'Alternative text', field: 'Alternative text' };
export const LINKEDIN_ALT_TEXT: AltTextUi = { button: 'Alt text', field: 'Alt text' };

function Preview({ url, altText }: { url: string; altText: AltTextUi }) {
  const [editing, setEditing] = useState(false);
  const [alt, setAlt] = useState('');
  return (
    <figure data-testid="attachment">
      <img src={url} alt={alt} width={60} />
      <button type="button" onClick={() => setEditing(true)}>
        {altText.button}
      </button>
      {editing && (
        <textarea
          aria-label={altText.field}
          placeholder={altText.field}
          data-testid={altText.testId}
          maxLength={altText.maxLength}
          value={alt}
          onChange={(event) => setAlt(event.target.value)}
        />
      )}
    </figure>
  );
}

export function MediaButton({ label, altText }: { label: string; altText: AltTextUi }) {
  const [previews, setPreviews] = useState<string[]>([]);
  return (
    <>
      <label role="button" aria-label={label} className="icon media">
        <span aria-hidden="true">🖼</span>
        <input
          type="file"
          data-testid="fileInput"
          accept="image/jpeg,image/png,image/webp,image/gif,video/mp4"
          multiple
          style={{ display: 'none' }}
          onChange={(event) => setPreviews((old) => [...old, ...[...(event.target.files ?? [])].map((file) => URL.createObjectURL(file))])}
        />
      </label>
      {previews.length > 0 && (
        <div data-testid="attachments">
          {previews.map((url) => (
            <Preview key={url} url={url} altText={altText} />
          ))}
        </div>
      )}
    </>
  );
}
