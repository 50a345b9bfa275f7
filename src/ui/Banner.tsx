import type { ReactNode } from 'react';

interface BannerProps {
  /** `alert` for bad links and failed writes; `status` for calm news. */
  tone: 'alert' | 'status';
  children: ReactNode;
  onDismiss?: () => void;
  dismissLabel?: string;
}

export function Banner({ tone, children, onDismiss, dismissLabel }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={tone}>
      <p>{children}</p>
      {onDismiss && (
        <button type="button" className="banner-dismiss" onClick={onDismiss}>
          {dismissLabel}
        </button>
      )}
    </div>
  );
}
