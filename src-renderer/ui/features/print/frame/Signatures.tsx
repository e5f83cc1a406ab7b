import { useTranslation } from 'react-i18next';
import classes from './frame.module.css';

/** Lines to sign on, each followed by a date line. */
export function Signatures({ labels }: { labels: string[] }) {
  const { t } = useTranslation();
  return (
    <div className={classes.signatures}>
      {[...labels, t('print.date')].map((label) => (
        <div key={label} className={classes.signature}>
          {label}
          {t('print.colon')}
        </div>
      ))}
    </div>
  );
}
