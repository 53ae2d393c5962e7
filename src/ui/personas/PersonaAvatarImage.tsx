// A persona's avatar: the stored image when there is one, else initials on the persona's colour.
import { useEffect, useState } from 'react';
import type { Persona } from '../../model';
import { library } from '../../services/library';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  return parts
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function PersonaAvatarImage({ persona, size }: { persona: Persona; size: number }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!persona.avatarImageId) return;
    let objectUrl: string | null = null;
    let live = true;
    void library.getImage(persona.avatarImageId).then((blob) => {
      if (!blob || !live) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [persona.avatarImageId]);

  const style = { width: size, height: size, background: persona.color, fontSize: size / 2.6 };
  return url && persona.avatarImageId ? (
    <img className="persona-avatar persona-avatar--image" src={url} alt="" style={style} />
  ) : (
    <span className="persona-avatar" style={style} aria-hidden="true">
      {initials(persona.name)}
    </span>
  );
}
