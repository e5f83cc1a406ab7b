import classes from './frame.module.css';

/** Tick boxes for a closed list: all options printed, the chosen ones filled (none on a blank form). */
export function Choices({ options, chosen = [] }: { options: Array<{ value: string; label: string }>; chosen?: readonly string[] }) {
  return (
    <span className={classes.choices}>
      {options.map((option) => {
        const checked = chosen.includes(option.value);
        return (
          <span key={option.value} className={classes.choice} data-checked={checked || undefined}>
            <span className={checked ? `${classes.box} ${classes.checked}` : classes.box} aria-hidden>
              {checked ? '✓' : ''}
            </span>
            {option.label}
          </span>
        );
      })}
    </span>
  );
}
