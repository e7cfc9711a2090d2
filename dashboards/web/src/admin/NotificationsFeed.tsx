import type { NotificationView } from '@unstoppable/core';
import { formatDateTime } from '../format/format';

export interface NotificationsFeedProps {
  readonly notifications?: readonly NotificationView[];
}

/** The recorded SNS notifications (admin alerts, customer emails), newest first. */
export function NotificationsFeed({ notifications }: NotificationsFeedProps) {
  return (
    <section className="panel" aria-labelledby="notifications-heading" data-testid="notifications-panel">
      <h2 id="notifications-heading">Notifications</h2>
      {notifications === undefined ? (
        <p className="muted">Loading notifications…</p>
      ) : notifications.length === 0 ? (
        <p className="muted" data-testid="notifications-empty">
          No notifications yet.
        </p>
      ) : null}
      <ol className="feed" data-testid="notifications-feed" aria-labelledby="notifications-heading">
        {(notifications ?? []).map((notification) => (
          <li key={notification.messageId} className="feed-item" data-testid="notification-item">
            <p className="feed-meta">
              <time dateTime={notification.timestamp}>{formatDateTime(notification.timestamp)}</time>
              <span className="tag">{notification.topic}</span>
            </p>
            {notification.subject ? <p className="feed-subject">{notification.subject}</p> : null}
            <p className="feed-message">{notification.message}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
