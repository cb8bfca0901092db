// The sites' photo control: a hidden file input behind an icon button ("Add photos or video" on X,
// "Photo/video" on Facebook, "Add media" on LinkedIn), and the attachment previews the composer shows
// (blob: thumbnails). The site's own state only; no upload.
import { useState } from 'react';

export function MediaButton({ label }: { label: string }) {
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
            <img key={url} src={url} alt="" width={60} />
          ))}
        </div>
      )}
    </>
  );
}
