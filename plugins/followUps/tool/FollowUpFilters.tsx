import {Card, Flex, Grid, Select, Stack, Switch, Text} from '@sanity/ui'
import type {ChangeEvent} from 'react'

import type {FilterChoices, FollowUpFilters as Filters} from '../lib/followUpRows'

interface Props {
  filters: Filters
  choices: FilterChoices
  onChange: (filters: Filters) => void
  canFilterMine: boolean
}

const SELECTS = [
  {key: 'agreementId', label: 'Agreement', choices: 'agreements'},
  {key: 'partyId', label: 'Party', choices: 'parties'},
  {key: 'country', label: 'Country', choices: 'countries'},
  {key: 'area', label: 'Area', choices: 'areas'},
  {key: 'assignee', label: 'Assignee', choices: 'assignees'},
  {key: 'legalStatus', label: 'Binding status', choices: 'legalStatuses'},
] as const

export function FollowUpFilters({filters, choices, onChange, canFilterMine}: Props) {
  return (
    <Card paddingX={4} paddingY={3} borderBottom>
      <Grid gridTemplateColumns={[2, 3, 7]} gap={3}>
        {SELECTS.map(({key, label, choices: list}) => (
          <Stack key={key} gap={2}>
            <Text as="label" htmlFor={`follow-ups-filter-${key}`} size={1} weight="medium">
              {label}
            </Text>
            <Select
              id={`follow-ups-filter-${key}`}
              fontSize={1}
              padding={2}
              value={filters[key] ?? ''}
              onChange={(event: ChangeEvent<HTMLSelectElement>) =>
                onChange({...filters, [key]: event.currentTarget.value || undefined})
              }
            >
              <option value="">All</option>
              {choices[list].map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.title}
                </option>
              ))}
            </Select>
          </Stack>
        ))}
        <Stack gap={2}>
          <Text as="label" htmlFor="follow-ups-filter-mine" size={1} weight="medium">
            Mine
          </Text>
          <Flex align="center" height="fill" title={canFilterMine ? undefined : 'Not signed in'}>
            <Switch
              id="follow-ups-filter-mine"
              checked={Boolean(filters.mine)}
              disabled={!canFilterMine}
              onChange={(event: ChangeEvent<HTMLInputElement>) =>
                onChange({...filters, mine: event.currentTarget.checked || undefined})
              }
            />
          </Flex>
        </Stack>
      </Grid>
    </Card>
  )
}
