import './shell.css'

/** Keys as the keyboard shows them: ["g", "p"] → G then P. */
export function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="keys">
      {keys.map((key, index) => (
        <kbd key={index}>{key.length === 1 ? key.toUpperCase() : key}</kbd>
      ))}
    </span>
  )
}

export const MOD_KEY = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl'
