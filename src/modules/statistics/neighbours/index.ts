export {
  findLayout,
  NeighbourFormatError,
  parseNeighbourRecords,
  readStatisticalNeighbours,
  type NeighbourGroup,
  type StatisticalNeighbour,
} from './neighbours.ts';
