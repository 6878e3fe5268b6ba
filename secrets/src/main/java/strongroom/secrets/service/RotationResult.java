package strongroom.secrets.service;

/**
 * The end of a rotation: the new primary, how many data keys were rewrapped in this run, how many
 * could not be (corrupted rows), and whether this run resumed an interrupted rotation.
 */
public record RotationResult(int primary, long rewrapped, long corrupted, boolean resumed) {}
