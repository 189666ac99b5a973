import { z } from 'zod'
import { call } from './define'

export interface WorkspaceInfo {
  dataFile: string
  appVersion: string
  campaignCount: number
  leadCount: number
}

export interface SampleLoaded {
  campaigns: number
  leads: number
}

export const appContract = {
  'app.info': call(z.object({}).strict()).returns<WorkspaceInfo>(),
  /** Shows the folder that holds the data file in the system's file manager. */
  'app.openDataFolder': call(z.object({}).strict()).returns<{ folder: string }>(),
  'app.loadSample': call(z.object({ leads: z.int().min(10).max(20_000).default(400) }).strict()).returns<SampleLoaded>(),
}
