export const leadsCount = (n: number) => (n === 1 ? '1 lead' : `${n.toLocaleString('en-US')} leads`)
