import {Card, Flex, Text} from '@sanity/ui'
import {observeElementRect, useVirtualizer} from '@tanstack/react-virtual'
import {useRef} from 'react'

import {LANE_TITLES} from '../lib/classifyFollowUps'
import type {FollowUpRow, ListItem} from '../lib/followUpRows'
import {FollowUpRowItem} from './FollowUpRowItem'
import type {RowAction} from './RowActionDialog'

interface Props {
  items: ListItem[]
  commitmentType: string
  onAction: (row: FollowUpRow, action: RowAction) => void
  /** The viewport before it is measured (and in jsdom, where nothing is). */
  initialHeight?: number
}

const LANE_HEIGHT = 41
const ROW_HEIGHT = 92

/**
 * Lane headers and rows in one virtualized list of fixed-height items (no measuring, so the
 * first render is already final): only the rows in (and just around) the
 * viewport are in the DOM, so ten thousand follow-ups cost what thirty do.
 */
export function FollowUpList({items, commitmentType, onAction, initialHeight = 800}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items[index]?.type === 'lane' ? LANE_HEIGHT : ROW_HEIGHT),
    getItemKey: (index) => items[index]?.key ?? index,
    overscan: 6,
    initialRect: {width: 1024, height: initialHeight},
    // Until the pane has a height (and in jsdom, where it never does), assume `initialHeight`.
    observeElementRect: (instance, onChange) =>
      observeElementRect(instance, (rect) =>
        onChange(rect.height > 0 ? rect : {width: rect.width || 1024, height: initialHeight}),
      ),
  })

  return (
    <div ref={scrollRef} style={{height: '100%', overflow: 'auto'}} data-testid="follow-up-list">
      <div style={{height: virtualizer.getTotalSize(), position: 'relative', width: '100%'}}>
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index]
          if (!item) return null
          return (
            <div
              key={virtual.key}
              data-index={virtual.index}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: virtual.size,
                overflow: 'hidden',
                transform: `translateY(${virtual.start}px)`,
              }}
            >
              {item.type === 'lane' ? (
                <Card paddingX={4} paddingY={3} tone="transparent" borderBottom>
                  <Flex gap={2} align="center">
                    <Text as="h2" size={1} weight="semibold" data-testid="lane-heading">
                      {LANE_TITLES[item.lane]} ({item.count})
                    </Text>
                  </Flex>
                </Card>
              ) : (
                <FollowUpRowItem
                  row={item.row}
                  commitmentType={commitmentType}
                  onAction={onAction}
                />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
