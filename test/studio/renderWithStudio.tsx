import {render, type RenderOptions} from '@testing-library/react'
import {LayerProvider, studioTheme, ThemeProvider} from '@sanity/ui'
import {ToastProvider} from '@sanity/ui/toast'
import type {ReactElement, ReactNode} from 'react'

function StudioProviders({children}: {children: ReactNode}) {
  return (
    <ThemeProvider theme={studioTheme}>
      <LayerProvider>
        <ToastProvider>{children}</ToastProvider>
      </LayerProvider>
    </ThemeProvider>
  )
}

/** Renders a plugin component inside the providers the Studio gives it: theme and toasts. */
export function renderWithStudio(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  return render(ui, {wrapper: StudioProviders, ...options})
}
