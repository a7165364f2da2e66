import { useId } from 'react';

/**
 * A small "i" button whose explanation shows on hover and keyboard focus (CSS), and is linked with
 * aria-describedby so screen readers read it too. Used for definitions people ask about.
 */
export function InfoTip({
  label,
  text,
  align = 'center',
}: {
  label: string;
  text: string;
  align?: 'center' | 'end';
}) {
  const id = useId();
  return (
    <span className={`infotip infotip-${align}`}>
      <button type="button" className="infotip-button" aria-label={label} aria-describedby={id}>
        i
      </button>
      <span role="tooltip" id={id} className="infotip-bubble">
        {text}
      </span>
    </span>
  );
}
