import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportField } from '@shared/domain/imports'
import { fileShape, guessCampaignMapping, guessFileKind, guessMapping } from './headers'

// Fixtures hold the header rows of each CRM's documented export, with one sample row.
const headersOf = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8').split('\n')[0]!.split(',')

function mapped(name: string): Partial<Record<ImportField, string>> {
  const headers = headersOf(name)
  const mapping = guessMapping(headers)
  return Object.fromEntries(mapping.flatMap((field, column) => (field ? [[field, headers[column]]] : [])))
}

describe('guessMapping on other CRMs’ exports', () => {
  it('Pipedrive deals', () => {
    expect(mapped('pipedrive-deals.csv')).toEqual({
      personName: 'Deal - Contact person',
      company: 'Organization - Name',
      owner: 'Deal - Owner',
      value: 'Deal - Value',
      stage: 'Deal - Stage',
      tags: 'Deal - Label',
      createdOn: 'Deal - Deal created',
      expectedCloseOn: 'Deal - Expected close date',
      campaign: 'Deal - Source channel',
      email: 'Person - Email - Work',
      phone: 'Person - Phone - Work',
      status: 'Deal - Status',
      currency: 'Deal - Currency of Value',
      lostReason: 'Deal - Lost reason',
      title: 'Deal - Title',
    })
  })
  it('Pipedrive persons', () => {
    expect(mapped('pipedrive-persons.csv')).toEqual({
      personName: 'Person - Name',
      firstName: 'Person - First name',
      lastName: 'Person - Last name',
      company: 'Person - Organization',
      email: 'Person - Email - Work',
      phone: 'Person - Phone - Work',
      owner: 'Person - Owner',
      tags: 'Person - Labels',
      createdOn: 'Person - Person created',
      notes: 'Person - Notes',
    })
  })
  it('HubSpot contacts', () => {
    expect(mapped('hubspot-contacts.csv')).toEqual({
      firstName: 'First Name',
      lastName: 'Last Name',
      email: 'Email',
      phone: 'Phone Number',
      company: 'Company Name',
      owner: 'Contact owner',
      createdOn: 'Create Date',
      campaign: 'Original Source',
      jobTitle: 'Job Title',
      stage: 'Lead Status',
      status: 'Lifecycle Stage',
    })
  })
  it('HubSpot deals', () => {
    expect(mapped('hubspot-deals.csv')).toEqual({
      title: 'Deal Name',
      personName: 'Associated Contact',
      company: 'Associated Company',
      stage: 'Deal Stage',
      value: 'Amount',
      closeDate: 'Close Date',
      owner: 'Deal owner',
      createdOn: 'Create Date',
      notes: 'Deal Description',
    })
  })
  it('Twenty people', () => {
    expect(mapped('twenty-people.csv')).toEqual({
      firstName: 'Name / First Name',
      lastName: 'Name / Last Name',
      email: 'Emails / Primary Email',
      phone: 'Phones / Primary Phone Number',
      jobTitle: 'Job Title',
      company: 'Company',
      createdOn: 'Creation date',
    })
  })
  it('Twenty opportunities', () => {
    expect(mapped('twenty-opportunities.csv')).toEqual({
      personName: 'Point of Contact',
      valueMicros: 'Amount / Amount Micros',
      currency: 'Amount / Currency Code',
      closeDate: 'Close date',
      stage: 'Stage',
      company: 'Company',
      createdOn: 'Creation date',
    })
  })
  it('Twenty companies: the name is the company', () => {
    expect(mapped('twenty-companies.csv')).toEqual({
      company: 'Name',
      domain: 'Domain Name / Primary Link URL',
      size: 'Employees',
      owner: 'Account Owner',
      createdOn: 'Creation date',
    })
  })
  it('a deal title is the deal’s title, and becomes the person only when nothing names a person', () => {
    expect(guessMapping(['Deal Name', 'Amount'])).toEqual(['personName', 'value'])
    expect(guessMapping(['Deal Name', 'Contact'])).toEqual(['title', 'personName'])
    expect(guessMapping(['Deal Name', 'Contact', 'Notes'])).toEqual(['title', 'personName', 'notes'])
    // A plain "Title" beside a person is their job title.
    expect(guessMapping(['Name', 'Title', 'Email'])).toEqual(['personName', 'jobTitle', 'email'])
  })
  it('plain spreadsheets, whatever the case and punctuation', () => {
    expect(guessMapping(['NAME', 'e-mail', 'Company', 'Tags', '???'])).toEqual(['personName', 'email', 'company', 'tags', null])
  })
})

describe('fileShape', () => {
  it('is the same for the same columns in any case, and differs for others', () => {
    expect(fileShape(['Email', 'Name'])).toBe(fileShape(['email', ' NAME ']))
    expect(fileShape(['Email', 'Name'])).not.toBe(fileShape(['Name', 'Email']))
  })
})

describe('campaign files', () => {
  function campaignMapped(name: string): Partial<Record<string, string>> {
    const headers = headersOf(name).map((h) => h.trim())
    const mapping = guessCampaignMapping(headers)
    return Object.fromEntries(mapping.flatMap((field, column) => (field ? [[field, headers[column]]] : [])))
  }

  it('HubSpot’s campaign export is a campaigns file, mapped', () => {
    expect(guessFileKind(headersOf('hubspot-campaigns.csv'))).toBe('campaigns')
    expect(campaignMapped('hubspot-campaigns.csv')).toEqual({
      campaignName: 'Campaign name',
      startsOn: 'Start date',
      endsOn: 'End date',
      status: 'Campaign status',
      budget: 'Budget total',
      notes: 'Notes',
    })
  })
  it('a plain campaigns spreadsheet is a campaigns file, mapped', () => {
    expect(guessFileKind(headersOf('plain-campaigns.csv'))).toBe('campaigns')
    expect(campaignMapped('plain-campaigns.csv')).toEqual({
      campaignName: 'Campaign',
      channel: 'Channel',
      budget: 'Budget',
      startsOn: 'Start',
      endsOn: 'End',
      status: 'Status',
      objective: 'Objective',
    })
  })
  it('people and deals files stay leads, even with a campaign column', () => {
    for (const name of ['hubspot-contacts.csv', 'hubspot-deals.csv', 'pipedrive-deals.csv', 'twenty-people.csv', 'twenty-opportunities.csv']) {
      expect(guessFileKind(headersOf(name)), name).toBe('leads')
    }
    expect(guessFileKind(['Name', 'Email', 'Campaign', 'Status', 'Budget', 'Start date'])).toBe('leads')
    expect(guessFileKind(['Campaign', 'Stage', 'Value'])).toBe('leads')
    // A plain list of people stays a list of leads, as Baton always read it.
    expect(guessFileKind(['Name', 'Email', 'Company'])).toBe('leads')
  })
  it('persons, organizations and companies exports are contacts: people and organisations without deals', () => {
    for (const name of ['pipedrive-persons.csv', 'pipedrive-organizations.csv', 'hubspot-companies.csv', 'twenty-companies.csv']) {
      expect(guessFileKind(headersOf(name)), name).toBe('contacts')
    }
  })
})
