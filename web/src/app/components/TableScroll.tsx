import { Table } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';

interface Props {
  /** Names the scrollable region, e.g. "Members". */
  label: string;
  minWidth: number;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways on a phone. While it overflows, the region is
 * focusable so that keyboard users can scroll it too.
 */
export function TableScroll({ label, minWidth, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrollable(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <Table.ScrollContainer
      ref={ref}
      minWidth={minWidth}
      type="native"
      role="region"
      aria-label={label}
      tabIndex={scrollable ? 0 : undefined}
    >
      {children}
    </Table.ScrollContainer>
  );
}
