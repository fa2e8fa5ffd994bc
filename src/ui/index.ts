export { mountUi } from './mount-ui.ts'
export type { MountUiOptions } from './mount-ui.ts'
